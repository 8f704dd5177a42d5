package ru.egais.exchange.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<ValidationProblem.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
