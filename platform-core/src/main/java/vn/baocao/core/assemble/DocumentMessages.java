package vn.baocao.core.assemble;

import vn.baocao.core.i18n.Messages;

/**
 * The texts of the document itself (generated sentences, table headings), in the document's
 * language, which is Vietnamese whatever language the user reads messages in.
 */
public record DocumentMessages(Messages messages) {}
