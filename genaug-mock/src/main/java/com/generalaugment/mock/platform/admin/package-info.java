/** {@code /api/v1/admin/projects/*} and {@code /api/v1/integrations/*}: projects, usage, hosted tests, tools and identity links. */
@NullMarked
package com.generalaugment.mock.platform.admin;

import org.jspecify.annotations.NullMarked;
