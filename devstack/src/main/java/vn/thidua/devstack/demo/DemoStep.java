package vn.thidua.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One service's demo data, loaded through the public API. A step is idempotent: run again on loaded data it only
 * counts what is present, changes nothing and publishes no event.
 */
public interface DemoStep {

    /** The classpath resource with this step's data. */
    String resource();

    void load(JsonNode data, DemoApi api);
}
