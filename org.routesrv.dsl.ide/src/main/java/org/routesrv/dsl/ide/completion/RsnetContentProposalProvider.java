package org.routesrv.dsl.ide.completion;

import java.util.List;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.routesrv.dsl.azure.AzureSubnets;
import org.routesrv.dsl.ide.hover.KeywordDocumentation;
import org.routesrv.dsl.network.NvaVendor;
import org.routesrv.dsl.rsnet.Model;
import org.routesrv.dsl.rsnet.Subnet;
import org.routesrv.dsl.rsnet.Vnet;
import org.routesrv.dsl.services.RsnetGrammarAccess;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Completion beyond keywords and references: the vendors an NVA can run, and Azure's reserved subnet
 * names. References are offered as written inside the network ({@code hub.trusted}), not with the
 * network's own name in front, which would resolve too but nobody writes.
 */
public class RsnetContentProposalProvider extends IdeContentProposalProvider {

  /** Azure's reserved subnet names, exact case (language.md). */

  @Inject private RsnetGrammarAccess grammar;
  @Inject private KeywordDocumentation documentation;
  @Inject private IQualifiedNameConverter names;

  /** The vendors an NVA can name. */
  public static List<String> vendors() {
    return NvaVendor.keywords();
  }

  @Override
  protected void _createProposals(Assignment assignment, ContentAssistContext context,
      IIdeContentProposalAcceptor acceptor) {
    if (assignment == grammar.getNvaAccess().getVendorAssignment_3()) {
      for (String vendor : vendors()) {
        propose(vendor, ContentAssistEntry.KIND_ENUM, "NVA vendor", documentation.of(vendor), context, acceptor);
      }
    } else if (assignment == grammar.getSubnetAccess().getNameAssignment_1()) {
      for (String reserved : AzureSubnets.RESERVED_NAMES) {
        if (!declaredInVnet(context, reserved)) {
          propose(reserved, ContentAssistEntry.KIND_VALUE, "reserved Azure subnet name", null, context, acceptor);
        }
      }
    } else {
      super._createProposals(assignment, context, acceptor);
    }
  }

  /**
   * Every keyword can be a name, so the grammar allows each of them wherever a name goes: offering
   * them there would bury the proposals that matter under the whole vocabulary.
   */
  @Override
  protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    AbstractRule rule = GrammarUtil.containingRule(keyword);
    if (rule != grammar.getNameRule() && rule != grammar.getTargetNameRule()) {
      super._createProposals(keyword, context, acceptor);
    }
  }

  @Override
  protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
    Model model = context.getRootModel() instanceof Model root ? root : null;
    if (model == null || model.getName() == null) {
      return super.getCrossrefFilter(reference, context);
    }
    QualifiedName network = names.toQualifiedName(model.getName());
    return description -> !description.getName().startsWith(network);
  }

  private void propose(String text, String kind, String description, String documentationText,
      ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    ContentAssistEntry entry = getProposalCreator().createProposal(text, context, kind, null);
    if (entry != null) {
      entry.setDescription(description);
      entry.setDocumentation(documentationText);
      acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
    }
  }

  private static boolean declaredInVnet(ContentAssistContext context, String subnetName) {
    Vnet vnet = context.getCurrentModel() instanceof Vnet current ? current
        : context.getCurrentModel() instanceof Subnet subnet && subnet.eContainer() instanceof Vnet parent ? parent
            : null;
    return vnet != null && vnet.getSubnets().stream()
        .anyMatch(subnet -> subnetName.equals(subnet.getName()) && subnet != context.getCurrentModel());
  }
}
