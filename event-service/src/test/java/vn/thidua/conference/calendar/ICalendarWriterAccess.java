package vn.thidua.conference.calendar;

/** Test access to the package-private content-line helpers. */
public final class ICalendarWriterAccess {

    private ICalendarWriterAccess() {
    }

    public static String line(String content) {
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, content);
        return out.toString();
    }

    public static String text(String value) {
        return ICalendarWriter.text(value);
    }
}
