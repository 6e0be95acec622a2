package cn.xinfang.petition.web.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaTypeHeaderFilterTest {

    @Test
    void acceptsWhatClientsReallySend() {
        assertTrue(MediaTypeHeaderFilter.acceptValid("application/json"));
        assertTrue(MediaTypeHeaderFilter.acceptValid("*/*"));
        // java.net.HttpURLConnection's default
        assertTrue(MediaTypeHeaderFilter.acceptValid("text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"));
        assertTrue(MediaTypeHeaderFilter.acceptValid("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
        assertTrue(MediaTypeHeaderFilter.acceptValid("application/json; charset=\"utf-8\"; q=1"));
        assertTrue(MediaTypeHeaderFilter.acceptValid("application/json, "));
    }

    @Test
    void refusesWhatCannotBeParsed() {
        assertFalse(MediaTypeHeaderFilter.acceptValid("*/*;q=bogus"));
        assertFalse(MediaTypeHeaderFilter.acceptValid("application/json;q="));
        assertFalse(MediaTypeHeaderFilter.acceptValid("application/json;q=2"));
        assertFalse(MediaTypeHeaderFilter.acceptValid("application/json;q=NaN"));
        assertFalse(MediaTypeHeaderFilter.acceptValid("/"));
        assertFalse(MediaTypeHeaderFilter.acceptValid("json"));
        assertFalse(MediaTypeHeaderFilter.acceptValid("text/html;;;q=2x"));
        assertFalse(MediaTypeHeaderFilter.acceptValid("text/html;charset"));
    }

    @Test
    void aContentTypeWithAQualityThatIsNoNumberIsRefused() {
        // found by ApiFuzzIT: RESTEasy parsed the q of a Content-Type and failed with 500 (issue 14)
        assertFalse(MediaTypeHeaderFilter.contentTypeValid("application/json;q=bogus"));
        assertFalse(MediaTypeHeaderFilter.contentTypeValid("application"));
        assertTrue(MediaTypeHeaderFilter.contentTypeValid("application/json; charset=UTF-8"));
        assertTrue(MediaTypeHeaderFilter.contentTypeValid("application/json;q=0.5"));
        assertTrue(MediaTypeHeaderFilter.contentTypeValid("multipart/form-data; boundary="));
    }
}
