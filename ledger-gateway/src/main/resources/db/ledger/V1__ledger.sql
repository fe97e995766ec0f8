-- Blocks exactly as ordered and validated: serialized common.Block protobufs, hash-chained.
create table blocks (
    number      bigint primary key,
    header_hash bytea  not null,
    block       bytea  not null
);

-- World state: the result of applying the writes of every valid transaction in block order.
-- Keys are bytea because Fabric keys may contain U+0000 (composite keys); bytea sorts bytewise like Fabric.
create table state (
    key       bytea   primary key,
    value     bytea   not null,
    block_num bigint  not null,
    tx_num    integer not null
);

-- Transaction index: every ordered transaction, valid or not.
create table transactions (
    tx_id           text    primary key,
    block_num       bigint  not null,
    tx_num          integer not null,
    validation_code text    not null
);

-- Chaincode events of valid transactions.
create table chaincode_events (
    block_num  bigint  not null,
    tx_num     integer not null,
    tx_id      text    not null,
    chaincode  text    not null,
    event_name text    not null,
    payload    bytea   not null,
    primary key (block_num, tx_num)
);

-- Durable consumer checkpoints: the last processed position per consumer and stream.
create table checkpoints (
    consumer_id text    primary key,
    block_num   bigint  not null,
    tx_num      integer not null
);
