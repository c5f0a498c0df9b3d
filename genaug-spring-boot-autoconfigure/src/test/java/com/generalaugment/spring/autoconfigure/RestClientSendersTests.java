package com.generalaugment.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import com.generalaugment.client.http.JdkHttpSender;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.core.Ordered;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class RestClientSendersTests {

	@Test
	void withoutCustomizersTheClientsSendStraightThroughTheJdkSender() {
		JdkHttpSender jdk = JdkHttpSender.shared();
		assertThat(RestClientSenders.create(new DefaultListableBeanFactory(), jdk)).isSameAs(jdk);
	}

	@Test
	void builderAppliesEveryCustomizerInOrder() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerSingleton("second", new StampingCustomizer("second", Ordered.LOWEST_PRECEDENCE));
		beanFactory.registerSingleton("first", new StampingCustomizer("first", Ordered.HIGHEST_PRECEDENCE));
		assertThat(RestClientSenders.create(beanFactory, JdkHttpSender.shared())).isInstanceOf(RestClientHttpSender.class);
		RestClient.Builder builder = RestClientSenders.Customized.builder(beanFactory);
		assertThat(builder).isNotNull();
		List<String> stamps = new ArrayList<>();
		builder.defaultHeaders((headers) -> stamps.addAll(headers.get("X-Stamp")));
		assertThat(stamps).containsExactly("first", "second");
	}

	private record StampingCustomizer(String stamp, int order) implements RestClientCustomizer, Ordered {

		@Override
		public void customize(RestClient.Builder builder) {
			builder.defaultHeaders((headers) -> headers.add("X-Stamp", this.stamp));
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

}
