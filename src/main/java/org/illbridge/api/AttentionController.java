package org.illbridge.api;

import java.util.List;

import org.illbridge.store.AttentionList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Messages that were stored and confirmed but that illbridge does not act on: for staff to look at. */
@RestController
@RequestMapping("/api/attention")
public class AttentionController {

    private final AttentionList attention;

    public AttentionController(AttentionList attention) {
        this.attention = attention;
    }

    @GetMapping
    public List<AttentionList.Entry> recent(@RequestParam(defaultValue = "100") int limit) {
        return attention.recent(Math.max(1, Math.min(limit, 1000)));
    }
}
