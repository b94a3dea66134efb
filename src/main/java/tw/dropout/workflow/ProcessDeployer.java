package tw.dropout.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and form under {@code processes/} on the classpath as one deployment,
 * named by their path below {@code processes/}. Stable names let the engine's duplicate filter
 * deploy only what changed, whether the app runs from an IDE, from Maven or from the fat jar.
 */
@Component
class ProcessDeployer extends AbstractCamundaConfiguration {

  static final String DEPLOYMENT_NAME = "dropout-processes";
  private static final String ROOT = "processes/";
  private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployer.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Map<String, Resource> resources = findResources();
    if (resources.isEmpty()) {
      return;
    }
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("processes/")
        .enableDuplicateFiltering(true);
    try {
      for (Map.Entry<String, Resource> e : resources.entrySet()) {
        try (InputStream in = e.getValue().getInputStream()) {
          deployment.addInputStream(e.getKey(), new ByteArrayInputStream(in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read processes/", e);
    }
    LOG.info("Deploying {} resource(s) from processes/ (unchanged ones are skipped): {}", resources.size(),
        resources.keySet());
    deployment.deploy();
  }

  private static Map<String, Resource> findResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, Resource> byName = new TreeMap<>();
    try {
      for (String ext : new String[] {"bpmn", "dmn", "form"}) {
        for (Resource r : resolver.getResources("classpath*:" + ROOT + "**/*." + ext)) {
          String url = r.getURL().toString();
          byName.put(url.substring(url.lastIndexOf(ROOT) + ROOT.length()), r);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list processes/", e);
    }
    return byName;
  }
}
