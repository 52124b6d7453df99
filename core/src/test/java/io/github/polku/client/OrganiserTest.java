package io.github.polku.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganiserTest {

    @Test
    void shipsTwentyOneCountiesAndHelsinki() {
        assertThat(Organiser.since2023()).hasSize(22);
        assertThat(Organiser.since2023()).filteredOn(o -> o.getType() == OrganiserType.WELLBEING_SERVICES_COUNTY).hasSize(21);
        assertThat(Organiser.since2023()).allSatisfy(o -> assertThat(o.getOrganisesFrom()).contains(LocalDate.of(2023, 1, 1)));
        assertThat(Organiser.since2023()).extracting(Organiser::getCode).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            KANTA_HAME    | fi | Kanta-Hämeen hyvinvointialue
            KANTA_HAME    | sv | Egentliga Tavastlands välfärdsområde
            KESKI_SUOMI   | fi | Keski-Suomen hyvinvointialue
            VANTAA_KERAVA | sv | Vanda och Kervo välfärdsområde
            PIRKANMAA     | en | Pirkanmaa Wellbeing Services County
            """)
    void namesCountiesInThreeLanguages(String code, String language, String name) {
        Organiser o = Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, code);
        assertThat(o.getName(Locale.forLanguageTag(language))).isEqualTo(name);
    }

    @Test
    void knowsHelsinkiAsItsOwnType() {
        Organiser helsinki = Organiser.of(OrganiserType.CITY_OF_HELSINKI, "HELSINKI");
        assertThat(helsinki.getName(Locale.forLanguageTag("sv"))).isEqualTo("Helsingfors stad");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "HELSINKI"));
    }

    @Test
    void acceptsMunicipalitiesByStatisticsFinlandNumber() {
        Organiser hameenlinna = Organiser.of(OrganiserType.MUNICIPALITY, "109");
        assertThat(hameenlinna.getName(Locale.ENGLISH)).isEqualTo("109");
        assertThat(hameenlinna.getOrganisesFrom()).isEmpty();
        assertThat(hameenlinna).isEqualTo(Organiser.of(OrganiserType.MUNICIPALITY, "109")).hasToString("MUNICIPALITY:109");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            WELLBEING_SERVICES_COUNTY, UUSIMAA
            WELLBEING_SERVICES_COUNTY, kanta_hame
            MUNICIPALITY, 1090
            MUNICIPALITY, ABC
            JOINT_MUNICIPAL_AUTHORITY, ' '
            """)
    void rejectsUnknownOrMalformedCodes(OrganiserType type, String code) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Organiser.of(type, code))
                .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                        .containsExactly(tuple(Organiser.UNKNOWN, "/code")));
    }

    // GH-14: a joint authority's code is an identifier, and no identifier is shaped like an identity code
    @ParameterizedTest
    @CsvSource(textBlock = """
            150385-912E, true
            010190-900p, true
            FSHKY,       false
            P-150385-912E, false
            """)
    void refusesAJointAuthorityCodeShapedLikeAnIdentityCode(String code, boolean refused) {
        if (refused) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Organiser.of(OrganiserType.JOINT_MUNICIPAL_AUTHORITY, code))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.id.identityCode", "/code")))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(code));
        } else {
            assertThat(Organiser.of(OrganiserType.JOINT_MUNICIPAL_AUTHORITY, code).getCode()).isEqualTo(code);
        }
    }
}
