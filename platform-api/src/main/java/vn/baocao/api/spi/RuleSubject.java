package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.campaign.Campaign;
import vn.baocao.api.program.Program;
import vn.baocao.api.report.Report;

/**
 * What a rule checks: the content of one source file, already read and found well formed.
 * Indices in the lists match the JSON pointers a violation names ({@code /programs/0}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RuleSubject {

    Report report();

    Optional<Campaign> campaign();

    List<Program> programs();
}
