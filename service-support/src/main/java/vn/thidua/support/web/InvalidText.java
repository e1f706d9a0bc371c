package vn.thidua.support.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A string of a request body that breaks {@link Texts}' rules; Jackson adds the field's path. */
public class InvalidText extends MismatchedInputException {

    public InvalidText(JsonParser parser, String message) {
        super(parser, message, String.class);
    }
}
