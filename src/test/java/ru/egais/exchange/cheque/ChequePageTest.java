package ru.egais.exchange.cheque;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator's page shows a shift's cheques with their status and QR link; a hostile kassa is shown, not run. */
@QuarkusTest
class ChequePageTest extends WithSimulatedUtm {

    @Test
    void aShiftsChequesAreShownWithStatusAndQrLink() {
        String url = given().contentType(ContentType.JSON).body(Cheques.sale(fsrarId, "KKT-1", 5, 1, Cheques.newMark()))
                .post("/api/v1/cheques").then().statusCode(201).extract().jsonPath().getString("url");
        utm.faults().errorUnder200("Марка уже продана");
        given().contentType(ContentType.JSON).body(Cheques.sale(fsrarId, "<script>alert(1)</script>", 5, 2,
                Cheques.newMark())).post("/api/v1/cheques").then().statusCode(422);
        utm.faults().clear();

        String html = given().queryParam("fsrarId", fsrarId).queryParam("shift", "5").queryParam("lang", "en")
                .get("/ui/cheques").then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"cheque-table\"", "SIGNED", "REFUSED", "Марка уже продана",
                url.replace("&", "&amp;"), "signed: 1 · not signed: 1");
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(given().get("/").then().statusCode(200).extract().asString())
                .contains("id=\"cheques\"", "action=\"/ui/cheques\"");
    }
}
