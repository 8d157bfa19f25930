package org.illbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IllbridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IllbridgeApplication.class, args);
    }
}
