package io.ticketflow.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.ticketflow.assignment.InvalidAgentProfileException;
import io.ticketflow.assignment.UnknownAgentException;
import io.ticketflow.config.DatabaseOutage;
import io.ticketflow.incident.IllegalIncidentStateException;
import io.ticketflow.incident.IncidentNotFoundException;
import io.ticketflow.intake.mail.IllegalQuarantineStateException;
import io.ticketflow.intake.mail.QuarantinedMailNotFoundException;
import io.ticketflow.knowledge.ArticleReviewRequiredException;
import io.ticketflow.knowledge.IllegalArticleStateException;
import io.ticketflow.knowledge.InvalidArticleException;
import io.ticketflow.knowledge.KnowledgeArticleNotFoundException;
import io.ticketflow.knowledge.StaleArticleVersionException;
import io.ticketflow.sla.UnknownCalendarException;
import io.ticketflow.template.InvalidTemplateException;
import io.ticketflow.template.TemplateChangedException;
import io.ticketflow.template.TemplateNameTakenException;
import io.ticketflow.template.UnknownTemplateException;
import io.ticketflow.ticket.AttachmentNotFoundException;
import io.ticketflow.ticket.ExportTooLargeException;
import io.ticketflow.ticket.FieldError;
import io.ticketflow.ticket.IdempotencyKeyReusedException;
import io.ticketflow.ticket.IllegalTicketStateException;
import io.ticketflow.ticket.InvalidTicketRequestException;
import io.ticketflow.ticket.PersonalDataAccessDeniedException;
import io.ticketflow.ticket.TicketArchivedException;
import io.ticketflow.ticket.TicketNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure of the REST API to an RFC 9457 problem response, once, without stack traces.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
  static final String ERRORS = "errors";

  @ExceptionHandler(TicketNotFoundException.class)
  ResponseEntity<Object> notFound(TicketNotFoundException e, HttpServletRequest request) {
    if (PortalNotFound.applies(request)) {
      return PortalNotFound.response();
    }
    return problem(HttpStatus.NOT_FOUND, "Ticket not found", e.getMessage(), null);
  }

  @ExceptionHandler(AttachmentNotFoundException.class)
  ResponseEntity<Object> attachmentNotFound(
      AttachmentNotFoundException e, HttpServletRequest request) {
    if (PortalNotFound.applies(request)) {
      return PortalNotFound.response();
    }
    return problem(HttpStatus.NOT_FOUND, "Attachment not found", e.getMessage(), null);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> badUpload(MultipartException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException
        || e instanceof MaxUploadSizeExceededException) {
      return problem(
          HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", "The upload is too large.", null);
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "The upload is not a readable multipart/form-data body.",
        List.of(new FieldError("file", "not a readable upload")));
  }

  @ExceptionHandler(IncidentNotFoundException.class)
  ResponseEntity<Object> incidentNotFound(IncidentNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Incident not found", e.getMessage(), null);
  }

  @ExceptionHandler(IllegalIncidentStateException.class)
  ResponseEntity<Object> incidentConflict(IllegalIncidentStateException e) {
    return problem(
        HttpStatus.CONFLICT, "Not possible in the incident's current status", e.getMessage(), null);
  }

  @ExceptionHandler(KnowledgeArticleNotFoundException.class)
  ResponseEntity<Object> articleNotFound(KnowledgeArticleNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Article not found", e.getMessage(), null);
  }

  @ExceptionHandler(IllegalArticleStateException.class)
  ResponseEntity<Object> articleConflict(IllegalArticleStateException e) {
    return problem(
        HttpStatus.CONFLICT, "Not possible in the article's current status", e.getMessage(), null);
  }

  @ExceptionHandler(StaleArticleVersionException.class)
  ResponseEntity<Object> staleArticle(StaleArticleVersionException e) {
    return problem(HttpStatus.CONFLICT, "Changed in the meantime", e.getMessage(), null);
  }

  @ExceptionHandler(ArticleReviewRequiredException.class)
  ResponseEntity<Object> reviewRequired(ArticleReviewRequiredException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
  }

  @ExceptionHandler(InvalidArticleException.class)
  ResponseEntity<Object> invalidArticle(InvalidArticleException e) {
    return problem(
        HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid.", e.errors());
  }

  @ExceptionHandler(QuarantinedMailNotFoundException.class)
  ResponseEntity<Object> quarantinedMailNotFound(QuarantinedMailNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Quarantined mail not found", e.getMessage(), null);
  }

  @ExceptionHandler(IllegalQuarantineStateException.class)
  ResponseEntity<Object> quarantineConflict(IllegalQuarantineStateException e) {
    return problem(HttpStatus.CONFLICT, "The mail cannot be released", e.getMessage(), null);
  }

  @ExceptionHandler(TicketArchivedException.class)
  ResponseEntity<Object> archived(TicketArchivedException e) {
    return problem(HttpStatus.CONFLICT, "Archived, read only", e.getMessage(), null);
  }

  @ExceptionHandler(PersonalDataAccessDeniedException.class)
  ResponseEntity<Object> personalDataDenied(PersonalDataAccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
  }

  @ExceptionHandler(ExportTooLargeException.class)
  ResponseEntity<Object> exportTooLarge(ExportTooLargeException e) {
    return problem(HttpStatus.BAD_REQUEST, "Export too large", e.getMessage(), null);
  }

  @ExceptionHandler(IllegalTicketStateException.class)
  ResponseEntity<Object> conflict(IllegalTicketStateException e) {
    return problem(
        HttpStatus.CONFLICT, "Not possible in the ticket's current status", e.getMessage(), null);
  }

  @ExceptionHandler({
    OptimisticLockingFailureException.class,
    PessimisticLockingFailureException.class
  })
  ResponseEntity<Object> concurrentChange(RuntimeException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Changed at the same time",
        "The ticket was changed by someone else at the same moment; reload it and try again.",
        null);
  }

  @ExceptionHandler(IdempotencyKeyReusedException.class)
  ResponseEntity<Object> keyReused(IdempotencyKeyReusedException e) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused", e.getMessage(), null);
  }

  @ExceptionHandler(InvalidTicketRequestException.class)
  ResponseEntity<Object> invalid(InvalidTicketRequestException e) {
    return problem(
        HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid.", e.errors());
  }

  @ExceptionHandler(UnknownAgentException.class)
  ResponseEntity<Object> unknownAgent(UnknownAgentException e) {
    return problem(HttpStatus.NOT_FOUND, "Agent not found", e.getMessage(), null);
  }

  @ExceptionHandler(InvalidAgentProfileException.class)
  ResponseEntity<Object> invalidProfile(InvalidAgentProfileException e) {
    return problem(
        HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid.", e.errors());
  }

  @ExceptionHandler(UnknownTemplateException.class)
  ResponseEntity<Object> unknownTemplate(UnknownTemplateException e) {
    return problem(HttpStatus.NOT_FOUND, "Template not found", e.getMessage(), null);
  }

  @ExceptionHandler(InvalidTemplateException.class)
  ResponseEntity<Object> invalidTemplate(InvalidTemplateException e) {
    return problem(
        HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid.", e.errors());
  }

  @ExceptionHandler(TemplateNameTakenException.class)
  ResponseEntity<Object> templateNameTaken(TemplateNameTakenException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Name already used",
        e.getMessage(),
        List.of(new FieldError("name", "already used by another template")));
  }

  @ExceptionHandler(TemplateChangedException.class)
  ResponseEntity<Object> templateChanged(TemplateChangedException e) {
    return problem(HttpStatus.CONFLICT, "Changed at the same time", e.getMessage(), null);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> invalidParameters(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList();
    return problem(
        HttpStatus.BAD_REQUEST, "Invalid request", "Some parameters are not valid.", errors);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "Some parameters are not valid.",
        List.of(
            new FieldError(
                e.getName(),
                "unknown value '" + e.getValue() + "'" + allowed(e.getRequiredType()))));
  }

  @ExceptionHandler(UnknownCalendarException.class)
  ResponseEntity<Object> misconfigured(UnknownCalendarException e) {
    LOG.error("Decision configuration error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Configuration error", e.getMessage(), null);
  }

  /**
   * The firewall refuses a parameter name or value only when it is first read (a NUL or control
   * byte in a form field, say): the client's malformed request, not our failure.
   */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<Object> rejected(RequestRejectedException e) {
    LOG.debug("Refused a malformed request: {}", e.getMessage());
    return problem(
        HttpStatus.BAD_REQUEST,
        "Malformed request",
        "The request contains characters that are not allowed.",
        null);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    if (DatabaseOutage.causedBy(e)) {
      LOG.warn("Database out of reach, answered 503: {}", e.toString());
      ResponseEntity<Object> unavailable =
          problem(
              HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL, null);
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
          .body(unavailable.getBody());
    }
    LOG.error("Unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "Something went wrong on our side. Nothing was saved; please try again.",
        null);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
            .collect(Collectors.toList());
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid.", errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new FieldError(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage())))
            .toList();
    return problem(
        HttpStatus.BAD_REQUEST, "Invalid request", "Some parameters are not valid.", errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
      return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", cause.getMessage(), null);
    }
    if (cause instanceof Utf8Check.MalformedUtf8Exception) {
      return problem(HttpStatus.BAD_REQUEST, "Malformed request", cause.getMessage(), null);
    }
    if (e.getCause() instanceof InvalidFormatException invalid) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "Some fields are not valid.",
          List.of(
              new FieldError(
                  path(invalid),
                  "invalid value '"
                      + invalid.getValue()
                      + "'"
                      + allowed(invalid.getTargetType()))));
    }
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "Some fields are not valid.",
          List.of(new FieldError(path(unknown), "unknown field")));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "Some fields are not valid.",
          List.of(new FieldError(path(mapping), "wrong type of value")));
    }
    String detail =
        e.getCause() instanceof JsonProcessingException
            ? "The body is not valid JSON."
            : "The request body is missing or cannot be read.";
    return problem(HttpStatus.BAD_REQUEST, "Malformed request", detail, null);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (body instanceof ProblemDetail detail) {
      return ResponseEntity.status(status).headers(headers).body(detail);
    }
    return problem(
        HttpStatus.valueOf(status.value()),
        HttpStatus.valueOf(status.value()).getReasonPhrase(),
        e.getMessage(),
        null);
  }

  static ResponseEntity<Object> problem(
      HttpStatus status, String title, String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (errors != null) {
      problem.setProperty(ERRORS, errors);
    }
    return ResponseEntity.status(status).body(problem);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String allowed(Class<?> type) {
    if (type != null && type.isEnum()) {
      return "; allowed: "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    return "";
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
