/** The runnable jar's command line: {@code java -jar genaug-mock.jar --port 8787}. */
package com.generalaugment.mock.standalone;
