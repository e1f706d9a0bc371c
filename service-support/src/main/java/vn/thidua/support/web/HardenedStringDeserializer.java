package vn.thidua.support.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Every string read from JSON: control characters refused (tab and line breaks allowed in {@link FreeText} fields),
 * the rest normalised to NFC so that what is stored and compared is one form of the Vietnamese text.
 */
class HardenedStringDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    private static final HardenedStringDeserializer STRICT = new HardenedStringDeserializer(false);
    private static final HardenedStringDeserializer FREE_TEXT = new HardenedStringDeserializer(true);

    private final boolean freeText;

    HardenedStringDeserializer() {
        this(false);
    }

    private HardenedStringDeserializer(boolean freeText) {
        super(String.class);
        this.freeText = freeText;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return property != null && property.getAnnotation(FreeText.class) != null ? FREE_TEXT : STRICT;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        if (value == null) {
            return null;
        }
        String problem = Texts.controlCharacterMessage(value, freeText);
        if (problem != null) {
            throw new InvalidText(p, problem);
        }
        return Texts.nfc(value);
    }
}
