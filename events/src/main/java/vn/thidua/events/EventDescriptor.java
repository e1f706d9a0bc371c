package vn.thidua.events;

/**
 * What the envelope says about a payload class.
 *
 * @param type the CloudEvents type
 * @param topic the Kafka topic
 * @param dataSchema the {@code ce_dataschema} URI
 * @param schemaResource classpath resource of the JSON Schema
 */
public record EventDescriptor(String type, String topic, String dataSchema, String schemaResource) {
}
