package io.rightline.distribution.identity;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code rightline.identity.issuer-uri} names an external issuer. */
final class ExternalIssuerCondition implements Condition {
    static boolean external(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("rightline.identity.issuer-uri"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return external(context);
    }

    /** The opposite: the embedded issuer is in use. */
    static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !external(context);
        }
    }
}
