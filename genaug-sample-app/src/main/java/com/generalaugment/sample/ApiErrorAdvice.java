package com.generalaugment.sample;

import java.util.Map;

import com.generalaugment.client.error.GeneralAugmentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns failures of the sample's own endpoints into the same JSON error shape the proxy uses. Platform
 * errors are reported by reason only: the platform's message may describe our configuration.
 */
@RestControllerAdvice
class ApiErrorAdvice {

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(error("invalid_request", ex.getMessage(), null));
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<Map<String, Object>> notConfigured(IllegalStateException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(error("not_configured", ex.getMessage(), null));
	}

	@ExceptionHandler(GeneralAugmentException.class)
	ResponseEntity<Map<String, Object>> platformError(GeneralAugmentException ex) {
		HttpStatus status = (ex.status() == 429) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_GATEWAY;
		return ResponseEntity.status(status)
			.body(error(ex.reason(), "The AI service could not complete the request.", ex.requestId()));
	}

	private static Map<String, Object> error(String reason, String message, String requestId) {
		Map<String, Object> error = new java.util.LinkedHashMap<>();
		error.put("reason", reason);
		error.put("message", message);
		error.put("request_id", requestId);
		return Map.of("error", error);
	}

}
