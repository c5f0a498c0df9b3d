/** JUnit Jupiter support: a {@link com.generalaugment.mock.GenaugMockServer} per test class, reset per test. */
@NullMarked
package com.generalaugment.mock.junit;

import org.jspecify.annotations.NullMarked;
