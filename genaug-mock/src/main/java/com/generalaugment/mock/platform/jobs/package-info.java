/** Scheduled jobs: creation with schedule validation (interval, cron, once), dispatch, pause, resume, cancel. */
package com.generalaugment.mock.platform.jobs;
