package io.rightline.tax.taxnumber;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one online check.
 *
 * @param status what the registry said
 * @param name the registered name, if the registry disclosed it
 * @param address the registered address, if disclosed
 * @param requestDate the registry's request date as it returned it (e.g. {@code 2026-11-23+01:00})
 * @param fault the registry's fault string when there was one, such as {@code MS_UNAVAILABLE}
 */
public record OnlineCheck(
        OnlineStatus status,
        Optional<String> name,
        Optional<String> address,
        Optional<String> requestDate,
        Optional<String> fault) {
    /** Rejects nulls. */
    public OnlineCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(requestDate, "requestDate");
        Objects.requireNonNull(fault, "fault");
    }

    /** A check that was not made. */
    public static OnlineCheck notChecked() {
        return new OnlineCheck(
                OnlineStatus.NOT_CHECKED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A failed check with the registry's fault. */
    public static OnlineCheck fault(OnlineStatus status, String fault) {
        return new OnlineCheck(status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(fault));
    }
}
