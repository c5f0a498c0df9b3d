package com.generalaugment.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Points the General Augment clients of a Spring test at a fresh embedded mock: for
 * {@code @SpringBootTest} and for test slices alike. The mock starts on a free port of {@code 127.0.0.1},
 * is bound through {@link com.generalaugment.spring.autoconfigure.GenaugConnectionDetails} (so both
 * clients exist and call it, with no key configured), and is reset after each test method.
 *
 * <p>A test never reaches the real platform: the mock's connection details win over any
 * {@code genaug.*} key or URL, including those the {@code GENAUG_API_KEY} and {@code GENAUG_API_BASE_URL}
 * environment variables set on a CI machine.
 *
 * <p>Inject the {@link com.generalaugment.mock.GenaugMockServer} to stub faults through
 * {@code wireMock()} or to check what was sent through {@code turns()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureGenaugMock {

}
