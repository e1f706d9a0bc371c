package vn.thidua.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the CloudEvents type of a payload and the topic it travels on. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** CloudEvents {@code type}, e.g. {@code vn.thidua.cluster.membership-changed.v1}. */
    String value();

    /** The topic, one of {@link Topics}. */
    String topic();
}
