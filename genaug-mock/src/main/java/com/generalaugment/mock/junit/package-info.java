/** JUnit Jupiter support: a {@link com.generalaugment.mock.GenaugMockServer} per test class, reset per test. */
package com.generalaugment.mock.junit;
