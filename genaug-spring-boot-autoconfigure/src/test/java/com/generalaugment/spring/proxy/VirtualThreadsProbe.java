package com.generalaugment.spring.proxy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.proxy.GenaugProxyAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * Started in a JVM of its own by {@link GenaugVirtualThreadsTests}: reports which threads the SDK's JDK
 * client and the proxy's calls run on, and whether the proxy's executor is closed with the context.
 */
public final class VirtualThreadsProbe {

	private VirtualThreadsProbe() {
	}

	public static void main(String[] args) {
		System.out.println(probe(Boolean.parseBoolean(args[0])));
	}

	static String probe(boolean virtualThreadsEnabled) {
		StringBuilder report = new StringBuilder();
		Executor[] proxyCalls = new Executor[1];
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GenaugAutoConfiguration.class, GenaugProxyAutoConfiguration.class))
			.withPropertyValues("genaug.api-key=sk-probe", "genaug.proxy.enabled=true",
					"spring.threads.virtual.enabled=" + virtualThreadsEnabled)
			.run((context) -> {
				if (context.getStartupFailure() != null) {
					throw new IllegalStateException(context.getStartupFailure());
				}
				Executor http = context.getBean(JdkHttpSender.class).httpClient().executor().orElse(null);
				report.append("http=").append((http != null) ? kind(http) : "default");
				proxyCalls[0] = context.getBean(ProxyThreads.class).calls();
				report.append(" proxy=").append(kind(proxyCalls[0]));
			});
		boolean closed;
		try {
			proxyCalls[0].execute(() -> {
			});
			closed = false;
		}
		catch (RuntimeException ex) {
			closed = true;
		}
		return report.append(" proxyClosedWithContext=").append(closed).toString();
	}

	private static String kind(Executor executor) {
		CompletableFuture<Boolean> virtual = new CompletableFuture<>();
		executor.execute(() -> virtual.complete(isVirtual(Thread.currentThread())));
		try {
			return virtual.get(10, TimeUnit.SECONDS) ? "virtual" : "platform";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isVirtual(Thread thread) {
		try {
			return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
