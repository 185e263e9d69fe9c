package org.csptransition.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * Bounds every request body shares, whatever the field, so no value can reach the database that it cannot store or that
 * no rule means: text without control characters (a NUL cannot be stored; a line break or escape has no place in the
 * values this API takes, except where a field is free text: tab, line feed and carriage return are kept), and dates and
 * instants within years {@value #MIN_YEAR}–{@value #MAX_YEAR}. A value outside is a 400 naming the field. Fields that
 * must be a single line (names that reach an e-mail) say so themselves with {@link SingleLine}.
 */
@Singleton
public class InputBounds implements ObjectMapperCustomizer {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    /** Applied last, after Quarkus registered the java.time module: the module registered last is asked first. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("csp-input-bounds");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE, LocalDate::getYear));
        module.addDeserializer(YearMonth.class, new Bounded<>(YearMonth.class, YearMonthDeserializer.INSTANCE, YearMonth::getYear));
        module.addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT,
                i -> i.atOffset(ZoneOffset.UTC).getYear()));
        module.addDeserializer(OffsetDateTime.class, new Bounded<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME,
                OffsetDateTime::getYear));
        mapper.registerModule(module);
    }

    /** Whether {@code text} holds a control character other than tab, line feed and carriage return. */
    public static boolean hasForbiddenControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static final class Text extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, context);
            if (value != null && hasForbiddenControl(value)) {
                throw InvalidFormatException.from(p, "control characters are not accepted", value, String.class);
            }
            return value;
        }
    }

    static final class Bounded<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final JsonDeserializer<? extends T> delegate;
        private final Function<T, Integer> year;

        Bounded(Class<T> type, JsonDeserializer<? extends T> delegate, Function<T, Integer> year) {
            this.type = type;
            this.delegate = delegate;
            this.year = year;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(p, context);
            if (value != null && (year.apply(value) < MIN_YEAR || year.apply(value) > MAX_YEAR)) {
                throw InvalidFormatException.from(p, "outside the accepted years", value.toString(), type);
            }
            return value;
        }
    }
}
