package org.newsminer.opensearch;

import java.util.List;
import java.util.Map;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;
import org.newsminer.NewsMiner;
import org.newsminer.index.EntityFields;

/**
 * Ingest processor {@value #TYPE}: runs the newsminer pipeline on a text field and adds its entities as
 * fields ({@link EntityFields}: place names and paths, programs and kinds, money and percent values,
 * check verdict counts), under {@code target_field} when given, else at the top level. Options:
 * {@code field} (default {@code text}), {@code target_field}, {@code ignore_missing} (default false).
 * Thread-safe.
 */
final class NewsminerProcessor extends AbstractProcessor {
  static final String TYPE = "newsminer";

  private final NewsMiner miner;
  private final String field;
  private final String prefix;
  private final boolean ignoreMissing;

  NewsminerProcessor(String tag, String description, NewsMiner miner, String field, String targetField,
      boolean ignoreMissing) {
    super(tag, description);
    this.miner = miner;
    this.field = field;
    this.prefix = targetField == null ? "" : targetField + ".";
    this.ignoreMissing = ignoreMissing;
  }

  @Override
  public IngestDocument execute(IngestDocument doc) {
    String text = doc.getFieldValue(field, String.class, ignoreMissing);
    if (text == null) {
      return doc;
    }
    EntityFields fields = EntityFields.of(miner.process(text).articles());
    for (Map.Entry<String, List<Object>> f : fields.asMap().entrySet()) {
      String name = prefix + f.getKey();
      List<Object> values = f.getValue();
      if (f.getKey().equals(EntityFields.CHECK_CONSISTENT) || f.getKey().equals(EntityFields.CHECK_INCONSISTENT)) {
        doc.setFieldValue(name, values.get(0));
      } else if (!values.isEmpty()) {
        doc.setFieldValue(name, values);
      } else if (doc.hasField(name)) {
        doc.removeField(name);
      }
    }
    return doc;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  static final class Factory implements Processor.Factory {
    private final NewsMiner miner;

    Factory(NewsMiner miner) {
      this.miner = miner;
    }

    @Override
    public NewsminerProcessor create(Map<String, Processor.Factory> registry, String tag, String description,
        Map<String, Object> config) {
      String field = ConfigurationUtils.readStringProperty(TYPE, tag, config, "field", "text");
      String target = ConfigurationUtils.readOptionalStringProperty(TYPE, tag, config, "target_field");
      boolean ignoreMissing = ConfigurationUtils.readBooleanProperty(TYPE, tag, config, "ignore_missing", false);
      return new NewsminerProcessor(tag, description, miner, field, target, ignoreMissing);
    }
  }
}
