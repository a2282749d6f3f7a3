package org.newsminer.solr;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;
import org.newsminer.NewsMiner;
import org.newsminer.index.EntityFields;
import org.newsminer.index.EngineModels;

/**
 * Runs the newsminer pipeline on a text field of each added document and adds its entities as fields
 * ({@link EntityFields}: place names and paths, programs and kinds, money and percent values, check
 * verdict counts). Fields the document already has under those names are replaced. Configure it in an
 * update chain before the distributed processor, so each document is mined once, on the node that
 * receives it:
 *
 * <pre>{@code
 * <updateRequestProcessorChain name="newsminer" default="true">
 *   <processor class="org.newsminer.solr.NewsminerUpdateProcessorFactory">
 *     <str name="source">text</str>
 *   </processor>
 *   <processor class="solr.DistributedUpdateProcessorFactory"/>
 *   <processor class="solr.RunUpdateProcessorFactory"/>
 * </updateRequestProcessorChain>
 * }</pre>
 *
 * <p>The models load when the chain is created (core load), so a broken installation fails there.
 * Thread-safe: one pipeline serves every request.
 */
public final class NewsminerUpdateProcessorFactory extends UpdateRequestProcessorFactory {
  /** The init argument naming the field to mine; default {@value #DEFAULT_SOURCE}. */
  public static final String SOURCE_ARG = "source";

  public static final String DEFAULT_SOURCE = "text";

  private String source = DEFAULT_SOURCE;
  private NewsMiner miner;

  @Override
  public void init(NamedList<?> args) {
    Object s = args.remove(SOURCE_ARG);
    if (s != null) {
      source = s.toString();
    }
    if (args.size() > 0) {
      throw new SolrException(SolrException.ErrorCode.SERVER_ERROR,
          "newsminer update processor: unknown arguments " + args);
    }
    try {
      miner = EngineModels.load();
    } catch (IllegalStateException e) {
      throw new SolrException(SolrException.ErrorCode.SERVER_ERROR, e.getMessage(), e);
    }
  }

  @Override
  public UpdateRequestProcessor getInstance(
      SolrQueryRequest req, SolrQueryResponse rsp, UpdateRequestProcessor next) {
    return new UpdateRequestProcessor(next) {
      @Override
      public void processAdd(AddUpdateCommand cmd) throws IOException {
        SolrInputDocument doc = cmd.getSolrInputDocument();
        Object text = doc.getFieldValue(source);
        if (text != null) {
          EntityFields fields = EntityFields.of(miner.process(text.toString()).articles());
          for (Map.Entry<String, List<Object>> f : fields.asMap().entrySet()) {
            doc.removeField(f.getKey());
            if (!f.getValue().isEmpty()) {
              doc.setField(f.getKey(), f.getValue());
            }
          }
        }
        super.processAdd(cmd);
      }
    };
  }
}
