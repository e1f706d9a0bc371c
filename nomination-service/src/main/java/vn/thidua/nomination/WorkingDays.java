package vn.thidua.nomination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days (ngày làm việc): Monday to Friday except the configured public holidays. */
public record WorkingDays(Set<LocalDate> holidays) {

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /**
     * The last day of a window of {@code days} working days that starts on {@code start} (counted when it is a
     * working day itself).
     */
    public LocalDate lastDayOfWindow(LocalDate start, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("a window has at least one working day");
        }
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
