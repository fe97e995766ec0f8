package io.rightline.distribution.problem;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with the product's stable {@code code} property and a {@code type}
 * URI derived from it ({@code https://rightline.io/problems/<code-in-kebab-case>}).
 *
 * <pre>{@code
 * ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "no route for GET /nope");
 * }</pre>
 */
public final class Problems {
    /** Base of every problem {@code type} URI. */
    public static final String TYPE_BASE = "https://rightline.io/problems/";

    /** Name of the extension property that carries the stable error code. */
    public static final String CODE_PROPERTY = "code";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private Problems() {}

    /** A problem detail for {@code status} with the stable {@code code} and a human-readable detail. */
    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return withCode(problem, code);
    }

    /** Sets {@code code} and the matching {@code type} on an existing problem detail. */
    public static ProblemDetail withCode(ProblemDetail problem, String code) {
        problem.setType(typeOf(code));
        problem.setProperty(CODE_PROPERTY, requireCode(code));
        return problem;
    }

    /** The {@code type} URI of a code: {@code VALIDATION_FAILED} gives {@code .../validation-failed}. */
    public static URI typeOf(String code) {
        return URI.create(TYPE_BASE + requireCode(code).toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("error code must be UPPER_SNAKE_CASE: " + code);
        }
        return code;
    }
}
