package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class ModuleVersionTest {

    @Test
    void reportsTheBuildVersionAndArtifact() {
        PolkuModule module = new PolkuModule();
        assertThat(module.version()).isEqualTo(PackageVersion.VERSION);
        assertThat(module.version().getGroupId()).isEqualTo("io.github.polku");
        assertThat(module.version().isUnknownVersion()).isFalse();
        assertThat(module.getModuleName()).isEqualTo("polku-serialization");
    }

    @Test
    void isFoundByServiceLoader() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("polku-serialization");
    }
}
