/**
 * The simulated platform, independent of any HTTP server: requests in, replies out, with routing, credential
 * checks, failure scenarios and in-memory state. The types a test may use directly are
 * {@link com.generalaugment.mock.platform.MockScenario}, {@link com.generalaugment.mock.platform.MockHeaders}
 * and {@link com.generalaugment.mock.platform.RecordedTurn}; the rest is the mock's machinery.
 */
@NullMarked
package com.generalaugment.mock.platform;

import org.jspecify.annotations.NullMarked;
