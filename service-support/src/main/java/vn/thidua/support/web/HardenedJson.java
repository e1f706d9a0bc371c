package vn.thidua.support.web;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Limits on what the JSON reader accepts (document size, string length, nesting, number length), checked while it
 * reads, and the {@link HardenedStringDeserializer} for every string. Applies to the REST layer's ObjectMapper.
 */
@Singleton
public class HardenedJson implements ObjectMapperCustomizer {

    /**
     * Read with plain MicroProfile Config: the ObjectMapper can be built during static init, before {@link HttpEdgeConfig}
     * (same keys and defaults) is available.
     */
    @Override
    public void customize(ObjectMapper mapper) {
        Config config = ConfigProvider.getConfig();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(config.getOptionalValue("thidua.http.max-document-length", Long.class).orElse(1_048_576L))
                .maxStringLength(config.getOptionalValue("thidua.http.max-string-length", Integer.class).orElse(20_000))
                .maxNestingDepth(config.getOptionalValue("thidua.http.max-nesting-depth", Integer.class).orElse(32))
                .maxNumberLength(100)
                .build());
        mapper.registerModule(new SimpleModule("thidua-hardened-strings")
                .addDeserializer(String.class, new HardenedStringDeserializer()));
    }
}
