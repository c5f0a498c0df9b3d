/**
 * {@code /api/v1/admin/*} and {@code /api/v1/integrations/*}: key identity and API keys, the tool registry,
 * projects, usage, hosted tests, tools, runtime policy, SOUL, skills, logs, observability, runs, channel
 * status, identity links and phone verification.
 */
@NullMarked
package com.generalaugment.mock.platform.admin;

import org.jspecify.annotations.NullMarked;
