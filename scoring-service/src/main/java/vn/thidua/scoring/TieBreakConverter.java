package vn.thidua.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a tie-break policy as its rules in order, comma-separated: {@code BONUS_DESC,PENALTY_ASC,SHARED}. */
@Converter
public class TieBreakConverter implements AttributeConverter<List<TieBreakRule>, String> {

    @Override
    public String convertToDatabaseColumn(List<TieBreakRule> rules) {
        return rules == null ? null : rules.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<TieBreakRule> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(TieBreakRule::valueOf).toList();
    }
}
