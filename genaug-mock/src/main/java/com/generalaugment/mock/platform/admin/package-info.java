/** {@code /api/v1/admin/projects/*} and {@code /api/v1/integrations/*}: projects, usage, hosted tests, tools and identity links. */
package com.generalaugment.mock.platform.admin;
