package com.generalaugment.spring.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class GenaugMockTestApplication {

}
