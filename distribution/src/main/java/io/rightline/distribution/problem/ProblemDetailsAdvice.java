package io.rightline.distribution.problem;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error the web layer sees into an RFC 9457 problem detail with a stable {@code code}.
 *
 * <p>Spring MVC's own exceptions keep their status and gain a code; {@link ApiException} carries its
 * own; anything else is a 500 {@code INTERNAL_ERROR} whose cause is logged, never returned.
 */
@RestControllerAdvice
final class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** Stable codes for framework exceptions, checked in order (subclasses before superclasses). */
    private static final List<Map.Entry<Class<? extends Exception>, String>> FRAMEWORK_CODES = List.of(
            Map.entry(HttpMessageNotReadableException.class, "MALFORMED_REQUEST_BODY"),
            Map.entry(MethodArgumentNotValidException.class, "VALIDATION_FAILED"),
            Map.entry(HandlerMethodValidationException.class, "VALIDATION_FAILED"),
            Map.entry(NoResourceFoundException.class, "NOT_FOUND"),
            Map.entry(NoHandlerFoundException.class, "NOT_FOUND"),
            Map.entry(HttpRequestMethodNotSupportedException.class, "METHOD_NOT_ALLOWED"),
            Map.entry(HttpMediaTypeNotSupportedException.class, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(HttpMediaTypeNotAcceptableException.class, "NOT_ACCEPTABLE"),
            Map.entry(MissingRequestHeaderException.class, "MISSING_REQUEST_HEADER"),
            Map.entry(MissingServletRequestParameterException.class, "MISSING_REQUEST_PARAMETER"),
            Map.entry(TypeMismatchException.class, "INVALID_PARAMETER"));

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApiException(ApiException exception) {
        return ResponseEntity.status(exception.status())
                .body(Problems.of(exception.status(), exception.code(), exception.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception exception) {
        log.error("unhandled error while serving a request", exception);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status)
                .body(Problems.of(status, "INTERNAL_ERROR", "the server could not complete the request"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = exception.getBody();
        problem.setDetail("the request is not valid");
        problem.setProperty(
                "errors",
                exception.getBindingResult().getFieldErrors().stream()
                        .map(ProblemDetailsAdvice::fieldError)
                        .toList());
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, "the request body is missing or is not valid JSON");
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception exception, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        Problems.withCode(problem, codeFor(exception, status));
        return super.handleExceptionInternal(exception, problem, headers, status, request);
    }

    private static Map<String, String> fieldError(FieldError error) {
        String message = error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
        return Map.of("field", error.getField(), "message", message);
    }

    private static String codeFor(Exception exception, HttpStatusCode status) {
        for (Map.Entry<Class<? extends Exception>, String> entry : FRAMEWORK_CODES) {
            if (entry.getKey().isInstance(exception)) {
                return entry.getValue();
            }
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP_ERROR" : known.name();
    }
}
