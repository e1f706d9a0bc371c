package vn.thidua.events.nomination;

/**
 * Who is nominated: the member unit itself ({@code UNIT}), a collective or an individual of it. {@code name} and
 * {@code position} are what an award decision publishes; nothing else about a person travels on the public topic.
 */
public record Nominee(String kind, String unitCode, String name, String position) {
}
