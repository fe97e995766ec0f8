-- Custodial signing keys, one per user. The private key is stored only sealed with AES-GCM under the
-- key-encryption key from configuration (rightline.custody.key); kek_id names that key so a wrong
-- or rotated key is detected instead of producing garbage.
CREATE TABLE distribution.custody (
    user_id            VARCHAR(200)             NOT NULL,
    algorithm          VARCHAR(32)              NOT NULL,
    public_key         BYTEA                    NOT NULL,
    sealed_private_key BYTEA                    NOT NULL,
    kek_id             VARCHAR(16)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT custody_pk PRIMARY KEY (user_id)
);
