package vn.thidua.devstack;

import java.io.PrintStream;

/** {@code dlq list|replay --topic T}: the records consumers parked on {@code T.dlq}, and sending them back to T. */
record DlqCommand(String action, String topic, String bootstrapServers, PrintStream out) implements CliCommand {

    @Override
    public int run() {
        DeadLetters deadLetters = new DeadLetters(bootstrapServers);
        if (action.equals("list")) {
            DeadLetters.print(deadLetters.list(topic), topic, out);
        } else {
            int replayed = deadLetters.replay(topic);
            out.printf("Replayed %d record(s) from %s%s onto %s%n", replayed, topic, KafkaNode.DLQ_SUFFIX, topic);
        }
        return 0;
    }
}
