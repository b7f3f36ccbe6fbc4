package org.jewelers.web.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;
import org.jewelers.web.paging.PageRequest;
import org.junit.jupiter.api.Test;

class DeclaredQueryParametersTest {

    static class Filters {
        @QueryParam("state")
        String state;

        @QueryParam("service")
        List<String> services;

        @BeanParam
        PageRequest paging;

        String notAParameter;

        @QueryParam("sort")
        void setSort(String sort) {
        }
    }

    static class NarrowFilters extends Filters {
        @QueryParam("city")
        String city;
    }

    static class Body {
        String name;
    }

    static class Resource {
        @QueryParam("lang")
        String lang;

        void search(@BeanParam NarrowFilters filters, @QueryParam("q") String q) {
        }

        void withoutBeanParamAnnotation(Filters filters) {
        }

        void one(@PathParam("id") String id, @RestQuery("format") String format, Body body) {
        }
    }

    private static Set<String> of(String name) {
        Method method = List.of(Resource.class.getDeclaredMethods()).stream()
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
        return DeclaredQueryParameters.of(Resource.class, method);
    }

    @Test
    void beanParametersAreFollowedThroughTheirSuperclassesSettersAndNestedBeans() {
        assertEquals(Set.of("lang", "q", "state", "service", "sort", "page", "size", "city"), of("search"));
    }

    @Test
    void aParameterClassCountsWithoutItsAnnotationAsJaxRsTakesIt() {
        assertEquals(Set.of("lang", "state", "service", "sort", "page", "size"), of("withoutBeanParamAnnotation"));
    }

    @Test
    void pathParametersAndBodiesAreNotQueryParameters() {
        assertEquals(Set.of("lang", "format"), of("one"));
    }

    @Test
    void thePartnerKeyAndCampaignTagsTravelWithAnyRequest() {
        assertTrue(UnknownQueryParameters.acceptedEverywhere("key"));
        assertTrue(UnknownQueryParameters.acceptedEverywhere("utm_source"));
        assertFalse(UnknownQueryParameters.acceptedEverywhere("keys"));
        assertFalse(UnknownQueryParameters.acceptedEverywhere("utm"));
        assertFalse(UnknownQueryParameters.acceptedEverywhere("Key"));
    }
}
