package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.boundary.CategoryView;
import cn.xinfang.petition.casehandling.boundary.ChannelView;
import cn.xinfang.petition.casehandling.boundary.CodeTables;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * 系统管理 → 代码表: issue categories (two levels, in tree order) and channels; add a category,
 * rename and deactivate or reactivate either. Nothing is deleted.
 */
@Named
@ViewScoped
public class CodeTableAdmin implements Serializable {

    @Inject
    CodeTables codeTables;

    private List<CategoryView> categories = List.of();
    private List<ChannelView> channels = List.of();
    private String filter;

    // the add form
    private String parentCode;
    private String code;
    private String name;

    // the rename dialog: a category or a channel
    private String channelCode;
    private String channelName;
    private ChannelGroup channelGroup;
    private boolean channelTransfer;
    private boolean renamingChannel;
    private String renameCode;
    private long renameVersion;
    private String newName;

    @PostConstruct
    void load() {
        List<CategoryView> all = Messages.call(null, codeTables::categories);
        categories = all == null ? List.of() : all;
        List<ChannelView> ch = Messages.call(null, codeTables::channels);
        channels = ch == null ? List.of() : ch;
    }

    public void addCategory() {
        CategoryView added = Messages.call("addForm", () -> codeTables.addCategory(code, name, parentCode));
        if (added != null) {
            Messages.info("codes.added", added.code() + " " + added.name());
            code = name = null;
            load();
        }
    }

    public void addChannel() {
        ChannelView added = Messages.call("channelForm",
                () -> codeTables.addChannel(channelCode, channelName, channelGroup, channelTransfer));
        if (added != null) {
            Messages.info("codes.channelAdded", added.code() + " " + added.name());
            channelCode = channelName = null;
            channelGroup = null;
            channelTransfer = false;
            load();
        }
    }

    public ChannelGroup[] getChannelGroups() {
        return ChannelGroup.values();
    }

    public String getChannelCode() {
        return channelCode;
    }

    public void setChannelCode(String channelCode) {
        this.channelCode = channelCode;
    }

    public String getChannelName() {
        return channelName;
    }

    public void setChannelName(String channelName) {
        this.channelName = channelName;
    }

    public ChannelGroup getChannelGroup() {
        return channelGroup;
    }

    public void setChannelGroup(ChannelGroup channelGroup) {
        this.channelGroup = channelGroup;
    }

    public boolean isChannelTransfer() {
        return channelTransfer;
    }

    public void setChannelTransfer(boolean channelTransfer) {
        this.channelTransfer = channelTransfer;
    }

    public void startRenameCategory(CategoryView c) {
        renamingChannel = false;
        renameCode = c.code();
        renameVersion = c.version();
        newName = c.name();
    }

    public void startRenameChannel(ChannelView c) {
        renamingChannel = true;
        renameCode = c.code();
        renameVersion = c.version();
        newName = c.name();
    }

    public void rename() {
        Object renamed = Messages.call("renameForm", () -> renamingChannel
                ? codeTables.renameChannel(renameCode, newName, renameVersion)
                : codeTables.renameCategory(renameCode, newName, renameVersion));
        if (renamed != null) {
            Messages.info("codes.renamed", newName.strip());
            PrimeFaces.current().executeScript("PF('renameDialog').hide()");
            load();
        }
    }

    public void deactivateCategory(CategoryView c) {
        changeStatus(() -> codeTables.deactivateCategory(c.code(), c.version()), "codes.deactivated", c.name());
    }

    public void activateCategory(CategoryView c) {
        changeStatus(() -> codeTables.activateCategory(c.code(), c.version()), "codes.activated", c.name());
    }

    public void deactivateChannel(ChannelView c) {
        changeStatus(() -> codeTables.deactivateChannel(c.code(), c.version()), "codes.deactivated", c.name());
    }

    public void activateChannel(ChannelView c) {
        changeStatus(() -> codeTables.activateChannel(c.code(), c.version()), "codes.activated", c.name());
    }

    /** One activation step: on success the confirmation, on refusal its message; the tables are read again either way. */
    private void changeStatus(Runnable step, String doneKey, String name) {
        if (Messages.run(null, step)) {
            Messages.info(doneKey, name);
        }
        load();
    }

    /** The categories matching the filter, with the parents of matching children kept for context. */
    public List<CategoryView> getCategories() {
        if (filter == null || filter.isBlank()) {
            return categories;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        List<CategoryView> matching = categories.stream()
                .filter(c -> c.code().contains(f) || c.name().toLowerCase(Locale.ROOT).contains(f)).toList();
        return categories.stream().filter(c -> matching.contains(c)
                || c.topLevel() && matching.stream().anyMatch(m -> c.code().equals(m.parentCode()))).toList();
    }

    /** Top-level categories that may take a new child. */
    public List<CategoryView> getParentCandidates() {
        return categories.stream().filter(CategoryView::topLevel).filter(CategoryView::active).toList();
    }

    public int getCount() {
        return categories.size();
    }

    public List<ChannelView> getChannels() {
        return channels;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRenameCode() {
        return renameCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
