/** The runnable jar's command line: {@code java -jar genaug-mock.jar --port 8787}. */
@NullMarked
package com.generalaugment.mock.standalone;

import org.jspecify.annotations.NullMarked;
