package io.rightline.network.fabric;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line entry point that writes the material of a network directory; {@code up.sh} runs it as
 *
 * <pre>{@code
 * ./mvnw -q -o -pl network-config exec:java \
 *     -Dexec.mainClass=io.rightline.network.fabric.NetworkMaterialCommand \
 *     -Dexec.args=".data/fabric --orderers 1"
 * }</pre>
 *
 * <p>Arguments: {@code <network-dir> [--orderers 1|4]}. Failures are thrown as
 * {@link NetworkMaterialException} so the calling build fails with the error code.
 */
public final class NetworkMaterialCommand {

    private static final System.Logger LOG = System.getLogger(NetworkMaterialCommand.class.getName());
    private static final String USAGE = "usage: NetworkMaterialCommand <network-dir> [--orderers 1|4]";

    private NetworkMaterialCommand() {}

    /**
     * Parsed command line.
     *
     * @param networkDirectory where the network lives
     * @param ordererCount 1 (Raft) or 4 (BFT)
     */
    public record Arguments(Path networkDirectory, int ordererCount) {}

    /**
     * Writes the material.
     *
     * @param args {@code <network-dir> [--orderers 1|4]}
     */
    public static void main(String[] args) {
        Arguments arguments = parse(List.of(args));
        MaterialReport report =
                new NetworkMaterial(new NetworkLayout(arguments.networkDirectory())).write(arguments.ordererCount());
        LOG.log(
                Level.INFO,
                "network material ready dir={0} orderers={1} createdCas={2} createdIdentities={3} keptIdentities={4}",
                arguments.networkDirectory(),
                arguments.ordererCount(),
                report.createdAuthorities().size(),
                report.createdIdentities().size(),
                report.keptIdentities().size());
    }

    /**
     * Parses the arguments.
     *
     * @throws NetworkMaterialException {@code INVALID_ARGUMENTS} or {@code INVALID_ORDERER_COUNT}
     */
    public static Arguments parse(List<String> args) {
        if (args.isEmpty() || args.get(0).isBlank() || args.get(0).startsWith("--")) {
            throw new NetworkMaterialException(NetworkMaterialException.Code.INVALID_ARGUMENTS, USAGE);
        }
        int orderers = NetworkMaterial.RAFT_ORDERERS;
        for (int index = 1; index < args.size(); index++) {
            if (!"--orderers".equals(args.get(index)) || index + 1 >= args.size()) {
                throw new NetworkMaterialException(
                        NetworkMaterialException.Code.INVALID_ARGUMENTS,
                        "unexpected argument '" + args.get(index) + "'; " + USAGE);
            }
            orderers = parseCount(args.get(++index));
        }
        if (orderers != NetworkMaterial.RAFT_ORDERERS && orderers != NetworkMaterial.BFT_ORDERERS) {
            throw new NetworkMaterialException(
                    NetworkMaterialException.Code.INVALID_ORDERER_COUNT, "--orderers must be 1 or 4, was " + orderers);
        }
        return new Arguments(Path.of(args.get(0)).toAbsolutePath().normalize(), orderers);
    }

    private static int parseCount(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new NetworkMaterialException(
                    NetworkMaterialException.Code.INVALID_ORDERER_COUNT, "--orderers must be 1 or 4, was " + value, e);
        }
    }
}
