package org.routesrv.dsl.validation;

import static org.routesrv.dsl.rsnet.RsnetPackage.Literals.MODEL__NAME;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.routesrv.dsl.compile.OutputNames;
import org.routesrv.dsl.rsnet.Model;

/**
 * The whole network name, dots included, is the name of one folder: {@code DIR/<network>/} of
 * {@code rsnet compile} and of Maven builds. File systems limit one name to 255 bytes (ext4, XFS,
 * APFS; NTFS 255 characters), and RSNet's names are ASCII; the compiler refuses names longer than
 * {@link OutputNames#MAX_NAME_LENGTH}, which keeps clear of that limit with room for the suffixes
 * tools add when they copy or archive a folder. The limit is checked here too, so that {@code check},
 * editors and {@code compile} agree on the model and the user sees where to shorten it.
 */
public class NetworkFolderNameRules extends RuleFamily {

  @Check(CheckType.FAST)
  public void networkNameFitsInAFolderName(Model model) {
    String name = model.getName();
    if (name != null && name.length() > OutputNames.MAX_NAME_LENGTH) {
      report(IssueCodes.UNSAFE_NAME, "Network name is " + name.length() + " characters long: it names the output"
          + " folder, and a folder name can have at most " + OutputNames.MAX_NAME_LENGTH
          + " characters on every file system RSNet writes to. Shorten the network name.", model, MODEL__NAME);
    }
  }
}
