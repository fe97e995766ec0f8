package io.rightline.distribution.identity;

import io.rightline.distribution.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 401 and 403 from the security filters as RFC 9457 problem details, like every other error
 * of the API: {@code AUTHENTICATION_REQUIRED} without a token, {@code INVALID_TOKEN} for a token that
 * fails validation, {@code ACCESS_DENIED} for a role that may not call the endpoint, and
 * {@code IDENTITY_PROVIDER_UNAVAILABLE} (503) when the token cannot be checked because the issuer is down.
 */
final class ProblemWritingSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final JsonMapper json;

    ProblemWritingSecurityHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof AuthenticationServiceException) {
            write(
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "IDENTITY_PROVIDER_UNAVAILABLE",
                    "the identity provider cannot be reached; try again later",
                    request);
            return;
        }
        boolean badToken = exception instanceof InvalidBearerTokenException
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (badToken) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            write(response, HttpStatus.UNAUTHORIZED, "INVALID_TOKEN", "the bearer token is not valid", request);
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "AUTHENTICATION_REQUIRED", "a bearer token is required", request);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "ACCESS_DENIED", "your roles do not allow this operation", request);
    }

    private void write(
            HttpServletResponse response, HttpStatus status, String code, String detail, HttpServletRequest request)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.typeOf(code).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put(Problems.CODE_PROPERTY, code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
