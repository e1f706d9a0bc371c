package vn.thidua.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.WithTestResource;

/**
 * Real PostgreSQL and Kafka for a {@code @QuarkusTest}, started in parallel, and trust in {@link TestTokens}' key. Put it on every test class of a
 * module: classes with the same resources share one application boot.
 */
@WithTestResource(value = PostgresTestResource.class, parallel = true)
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(TokenKeysTestResource.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithEmbeddedInfrastructure {
}
