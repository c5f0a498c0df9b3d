/** Scheduled jobs: creation with schedule validation (interval, cron, once), dispatch, pause, resume, cancel. */
@NullMarked
package com.generalaugment.mock.platform.jobs;

import org.jspecify.annotations.NullMarked;
